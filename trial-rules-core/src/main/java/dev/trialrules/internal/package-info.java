/**
 * The Drools wiring. Nothing here is API: it may change in any release.
 */
package dev.trialrules.internal;
