/**
 * The standard, optional accessibility-needs question on the registration form. It follows
 * the dietary needs' rule exactly: stored only with explicit consent, deleted the day after
 * the event (privacy.ts, with the dietary needs) and with the registration's anonymisation.
 */
import { FieldError } from '../errors';
import { now } from '../clock';

export const ACCESSIBILITY_MAX = 500;

/** The columns to store from what the person wrote (a FieldError without consent). */
export function accessibilityColumns(d: {
	accessibility?: string;
	accessibilityConsent?: boolean;
}) {
	const accessibility = (d.accessibility ?? '').trim().slice(0, ACCESSIBILITY_MAX);
	if (accessibility && !d.accessibilityConsent)
		throw new FieldError('accessibilityConsent', 'afterEvent.accessibility.consentMissing');
	return {
		accessibility: accessibility || null,
		accessibilityConsentAt: accessibility ? now() : null
	};
}
