/**
 * The one way pages set up a form: superforms with our defaults (keep what the user typed,
 * no "unsaved changes" dialogs). The error summary focuses itself when errors appear.
 */
import { superForm, type FormOptions, type SuperValidated } from 'sveltekit-superforms';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- superforms' own generics
export function useForm<T extends Record<string, unknown>, M = any>(
	initial: () => SuperValidated<T, M>,
	options: FormOptions<T, M> = {}
) {
	return superForm(initial(), {
		resetForm: false,
		// The error summary takes focus (ErrorSummary.svelte), not the first field.
		autoFocusOnError: false,
		scrollToError: 'off',
		...options
	});
}
