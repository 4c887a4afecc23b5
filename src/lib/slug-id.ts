/** A readable element id from a heading ('Regionale program' → 'regionale-program'). */
export function slugId(text: string): string {
	return (
		text
			.toLowerCase()
			.replace(/æ/g, 'ae')
			.replace(/ø/g, 'o')
			.replace(/å/g, 'a')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'emne'
	);
}
