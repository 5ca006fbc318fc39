/**
 * <b>Not API.</b> The remainder of the engine's implementation that the language cannot make
 * package-private: how a policy's rules are compiled or taken from its executable model
 * ({@link dev.trialrules.internal.CompiledPolicy}, {@link dev.trialrules.internal.ExecutableModel},
 * {@link dev.trialrules.internal.RuleCompiler}) and the text it is built from
 * ({@link dev.trialrules.internal.PolicySource}, {@link dev.trialrules.internal.RuleFile}). These are
 * public only because the API package uses them and because a policy module's own tests compare
 * the two build paths; anything here may change or go in any release, and the API compatibility
 * check (japicmp) leaves this package out. Everything else of the implementation is
 * package-private in {@code dev.trialrules}.
 */
package dev.trialrules.internal;
