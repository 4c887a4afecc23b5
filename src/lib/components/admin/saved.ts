/** The confirmation shown after a redirect from a save (?lagret=<intent>). */
export function savedMessage(intent: string | null): string | null {
	switch (intent) {
		case 'lagre':
			return 'Endringene er lagret.';
		case 'publiser':
			return 'Publisert. Den er nå synlig på nettstedet.';
		case 'planlegg':
			return 'Publiseringen er planlagt.';
		case 'avpubliser':
			return 'Avpublisert. Den er ikke lenger synlig på nettstedet.';
		case 'gjenopprettet':
			return 'Den tidligere versjonen er gjenopprettet som en ny versjon.';
		case null:
		case '':
			return null;
		default:
			return 'Lagret.';
	}
}

export type ConflictField = { label: string; theirs: string; mine: string };

/** A refused delete, restore or move, and a conflict on save, from an action's answer. */
export function actionFeedback(actionData: unknown): {
	actionError: string | null;
	conflict: ConflictField[] | null;
} {
	const d = (actionData ?? {}) as { actionError?: unknown; conflict?: unknown };
	return {
		actionError: typeof d.actionError === 'string' ? d.actionError : null,
		conflict: Array.isArray(d.conflict) ? (d.conflict as ConflictField[]) : null
	};
}

/** The status filter of publishable lists. */
export const statusOptions = [
	{ value: '', label: 'Alle' },
	{ value: 'published', label: 'Publisert' },
	{ value: 'draft', label: 'Utkast og planlagt' }
];

/** The confirmation on a list after a delete (?slettet) or a move (?flyttet=…&retning=…). */
export function listNotice(
	data: { deleted?: boolean; moved?: { title: string; direction: string } | null },
	deletedText: string
): string | null {
	if (data.deleted) return deletedText;
	if (data.moved) return `«${data.moved.title}» er flyttet ${data.moved.direction}.`;
	return null;
}
