/** Small rules the programme services share. */
import { ServiceError } from '../errors';
import { imagesWithoutAlt } from '../content/markdown';

/** Every image in a Markdown text needs an alternative text. */
export function assertAltTexts(markdown: string, field: string) {
	const missing = imagesWithoutAlt(markdown);
	if (missing.length)
		throw new ServiceError(
			'alt',
			`Alle bilder trenger alternativ tekst. Mangler for: ${missing.join(', ')}`,
			field
		);
}
