/** Small rules the programme services share. */
import { FieldError } from '../errors';
import { imagesWithoutAlt } from '../content/markdown';

/** Every image in a Markdown text needs an alternative text. */
export function assertAltTexts(markdown: string, field: string) {
	const missing = imagesWithoutAlt(markdown);
	if (missing.length)
		throw new FieldError(field, 'problems.altMissing', { images: missing.join(', ') });
}
