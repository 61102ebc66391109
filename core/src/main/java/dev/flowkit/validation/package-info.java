/**
 * Validation of Flow JSON with the errors Meta's Flows API reports, in Meta's shape and with positions in the
 * original text ({@link dev.flowkit.validation.FlowJsonValidator}, {@link dev.flowkit.validation.ValidationError}),
 * and warnings kept apart from them ({@link dev.flowkit.validation.ValidationWarning}).
 *
 * <p>Warnings report what Meta's static validator accepts but a phone or the platform will not show as written,
 * and known pitfalls (spec/flow-json.md sections 8.6 and 10). They never make a flow invalid, and are computed only
 * when the semantic rules ran (no schema errors). Only literal values are measured, never bindings or expressions.
 * The codes are FlowKit's own, not Meta's, and stable:
 *
 * <table>
 * <caption>Warning codes</caption>
 * <tr><th scope="col">Code</th><th scope="col">When</th></tr>
 * <tr><td>{@code CHARACTER_LIMIT_EXCEEDED}</td><td>a literal text is longer than its component's limit (section 5;
 *     OptIn label 120, EmbeddedLink 25, Dropdown label 20, TextCaption 409), counted in code points</td></tr>
 * <tr><td>{@code OPTION_COUNT_OUT_OF_RANGE}</td><td>a literal data-source, list-items, images or tags array has
 *     too few or too many items (CheckboxGroup/RadioButtonsGroup 1-20, Dropdown 1-200 or 1-100 with images,
 *     ChipsSelector 2-20, NavigationList 1-20 and at most 3 tags, ImageCarousel 1-3)</td></tr>
 * <tr><td>{@code IMAGE_TOO_LARGE}</td><td>a base64 image decodes to more than its limit: Image and ImageCarousel
 *     300 KB, data-source options 300 KB before 6.0 and 100 KB from 6.0, NavigationList start images 100 KB</td></tr>
 * <tr><td>{@code TOO_MANY_COMPONENTS}</td><td>a screen has more than the 50 components Meta's docs allow (Meta's
 *     validator reports an error above 100)</td></tr>
 * <tr><td>{@code SCREEN_ID_SUCCESS}</td><td>a screen id is {@code SUCCESS}, which Meta's docs reserve</td></tr>
 * <tr><td>{@code MISSING_SCREEN_TITLE}</td><td>a screen has no {@code title}, which Meta's Builder requires</td></tr>
 * <tr><td>{@code HYPHEN_IN_DATA_KEY}</td><td>a screen's data key or a {@code ${data.…}} binding contains
 *     {@code -}, which Meta's data-path check rejects</td></tr>
 * <tr><td>{@code MULTIPLY_OPERATOR}</td><td>a backtick expression uses {@code *}, which Meta's docs do not
 *     list</td></tr>
 * <tr><td>{@code MEDIA_SIZE_BINDING}</td><td>CheckboxGroup or RadioButtonsGroup {@code media-size} is dynamic;
 *     Meta's Builder accepts only a literal</td></tr>
 * <tr><td>{@code CONDITION_PRECEDENCE}</td><td>an If condition without backticks groups differently on phones
 *     ({@code &&} before comparisons) than in Meta's validator: add parentheses</td></tr>
 * <tr><td>{@code PATTERN_WITHOUT_HELPER_TEXT}</td><td>TextInput has {@code pattern} but no
 *     {@code helper-text}</td></tr>
 * <tr><td>{@code PATTERN_WITH_INPUT_TYPE}</td><td>TextInput has {@code pattern} with an input-type other than
 *     text, number, password or passcode</td></tr>
 * <tr><td>{@code MORE_THAN_ONE_BADGE}</td><td>more than one item of a NavigationList has a badge</td></tr>
 * <tr><td>{@code STRING_INTERPOLATION}</td><td>a screen title or component property mixes text and bindings
 *     ({@code "Hi ${data.name}"}), which Meta's docs do not support (an error for RichText)</td></tr>
 * </table>
 */
@NullMarked
package dev.flowkit.validation;

import org.jspecify.annotations.NullMarked;
