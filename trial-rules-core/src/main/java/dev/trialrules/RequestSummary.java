package dev.trialrules;

import dev.trialrules.facts.ConsentRequest;
import dev.trialrules.facts.PolicyRequest;
import dev.trialrules.facts.StartTrialRequest;
import dev.trialrules.facts.TrialRequest;

/** The facts of a request an audit line needs, as {@code key=value} pairs without spaces in keys. */
final class RequestSummary {
  private RequestSummary() {}

  /** The summary of one request. */
  public static String of(PolicyRequest request) {
    StringBuilder text = new StringBuilder();
    if (request instanceof StartTrialRequest start) {
      text.append("flow=").append(start.flow());
    } else if (request instanceof ConsentRequest consent) {
      text.append("action=").append(consent.action());
    }
    text.append(" today=").append(request.today()).append(" partner=").append(request.partner().orgId());
    if (request instanceof StartTrialRequest start) {
      text.append(" customer=").append(start.customer().exists() ? start.customer().orgId() : "(new)")
          .append(" services=").append(String.join(",", start.services()));
    } else if (request instanceof ConsentRequest consent) {
      text.append(" customer=").append(consent.customer().exists() ? consent.customer().orgId() : "(none)");
    } else if (request instanceof TrialRequest action) {
      text.append(" trial=").append(action.trial().trialId()).append(" status=").append(action.trial().status());
    }
    return text.toString();
  }
}
