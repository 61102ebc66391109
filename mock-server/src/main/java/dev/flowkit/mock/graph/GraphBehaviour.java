package dev.flowkit.mock.graph;

/**
 * Server-wide switches where the real platform's behaviour is uncertain or has changed over time.
 *
 * @param serveUnversionedPaths whether {@code /123} (no {@code /v21.0} prefix) is served, with
 *     {@link ApiVersion#OLDEST} as Graph does; when false such calls answer 2500 "Unknown path components"
 * @param maxBodyBytes the largest request body read; larger ones answer 100 with HTTP 413
 * @param editPublishedFlows the newer edit model of spec/platform.md section 2.13 (editing a published flow puts
 *     it back to DRAFT, the published version stays sendable); false is the legacy model (139001 after publish)
 * @param publishHealthCheck whether publishing an endpoint flow really sends the encrypted {@code ping} of section
 *     5.3 to its endpoint and requires {@code {"data":{"status":"active"}}} back (section 2.9); false skips the
 *     ping (the other publishing checks still run)
 * @param customerServiceWindow whether free-form messages (text, interactive) need the user to have written in the
 *     last 24 hours (131047 otherwise, section 4.1). Off by default: a mock has no incoming message until a
 *     simulated user writes, so with it on every first flow message would be refused
 * @param autoApproveTemplates whether a created template is {@code APPROVED} at once (the default: section 4.3
 *     allows a fake to auto-approve) or stays {@code PENDING} until approved through the control API
 */
public record GraphBehaviour(boolean serveUnversionedPaths, long maxBodyBytes, boolean editPublishedFlows,
    boolean publishHealthCheck, boolean customerServiceWindow, boolean autoApproveTemplates) {

  /**
   * The default body limit: 16 MiB, above the 10 MB flow JSON asset limit (section 2.2) plus multipart framing, so
   * the asset route can answer its own size error.
   */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

  /** The first three switches; the publish-time health check on, no 24-hour window, templates auto-approved. */
  public GraphBehaviour(boolean serveUnversionedPaths, long maxBodyBytes, boolean editPublishedFlows) {
    this(serveUnversionedPaths, maxBodyBytes, editPublishedFlows, true, false, true);
  }

  /**
   * Unversioned paths served, 16 MiB bodies, the legacy edit model (section 2.13's recommendation), the publish-time
   * health check on, no 24-hour window, templates auto-approved.
   */
  public static GraphBehaviour defaults() {
    return new GraphBehaviour(true, DEFAULT_MAX_BODY_BYTES, false);
  }
}
