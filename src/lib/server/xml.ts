/** Escaping for XML text and attribute values; strips characters XML 1.0 forbids. */
export function xmlEscape(value: string | number | null | undefined): string {
	return (
		String(value ?? '')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}
