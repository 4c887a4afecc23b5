/**
 * The registration form's validation, built per event from its questions. Adapters are
 * kept per question set (derived from data, the same for every visitor) so building the
 * schema does not cost every request.
 */
import { zod4 } from 'sveltekit-superforms/adapters';
import { registrationSchema, type FormQuestion } from '$lib/forms/events';
import type { RegistrationDetails } from './registration/details';

type Adapter = ReturnType<typeof zod4>;
const adapters = new Map<string, Adapter>();

export function registrationAdapter(
	questions: FormQuestion[],
	opts: { withEmail?: boolean; withPrivacy?: boolean; door?: boolean } = {}
): Adapter {
	const key = JSON.stringify([questions, opts]);
	let adapter = adapters.get(key);
	if (!adapter) {
		if (adapters.size > 500) adapters.clear();
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape depends on the questions
		adapter = zod4(registrationSchema(questions, opts) as any) as Adapter;
		adapters.set(key, adapter);
	}
	return adapter;
}

/** The service's input from the validated form data. */
export function detailsFrom(d: Record<string, unknown>): RegistrationDetails {
	return {
		name: String(d.name ?? ''),
		municipality: String(d.municipality ?? ''),
		organisation: String(d.organisation ?? ''),
		role: String(d.role ?? ''),
		dietary: String(d.dietary ?? ''),
		dietaryConsent: d.dietaryConsent === true,
		attendance: String(d.attendance ?? ''),
		options: Array.isArray(d.options) ? d.options.map(String) : [],
		accessibility: String(d.accessibility ?? ''),
		accessibilityConsent: d.accessibilityConsent === true,
		answers: d
	};
}
