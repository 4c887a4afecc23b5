import { nb } from './nb';

/** The active interface language (bokmål; nynorsk and English can follow with the same shape). */
export const m = nb;

/** Fills {placeholders}: t('Side {page} av {pages}', { page: 1, pages: 3 }). */
export function t(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, k: string) =>
		k in values ? String(values[k]) : `{${k}}`
	);
}

export * from './format';
