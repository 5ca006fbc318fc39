package dev.trialrules.facts;

/**
 * A request about a trial that has been started (POLICY.md sections 5-9). The engine inserts
 * the request, its {@link Trial}, the trial's partner and its customer as facts.
 */
public sealed interface TrialRequest extends PolicyRequest
    permits ExtensionRequest, ServiceChangeRequest, ConversionRequest, CancellationRequest, DeviceReturnRequest {

  /** The trial the request is about. */
  Trial trial();

  /** The trial's partner. */
  @Override
  default Partner partner() {
    return trial().partner();
  }
}
