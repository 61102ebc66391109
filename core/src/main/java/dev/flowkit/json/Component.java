package dev.flowkit.json;

/**
 * A layout component. The hierarchy is closed so that a {@code switch} over it is exhaustive; component types
 * this version of FlowKit does not model are kept whole as {@link UnknownComponent}.
 */
public sealed interface Component
    permits TextHeading, TextSubheading, TextBody, TextCaption, RichText, TextInput, TextArea, CheckboxGroup, RadioButtonsGroup, Dropdown, ChipsSelector, DatePicker, CalendarPicker, OptIn, EmbeddedLink, Footer, Image, ImageCarousel, PhotoPicker, DocumentPicker, NavigationList, If, Switch, Form, UnknownComponent {

  /** The component's {@code type}, e.g. {@code "TextInput"}. */
  String type();

  /** Properties of this component that the model keeps verbatim. */
  Extras extras();
}
