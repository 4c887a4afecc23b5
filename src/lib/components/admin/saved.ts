import { m, t } from '$lib/i18n';

/** The confirmation shown after a redirect from a save (?lagret=<intent>). */
export function savedMessage(intent: string | null): string | null {
	switch (intent) {
		case 'lagre':
			return m.admin.notices.saved;
		case 'publiser':
			return m.admin.notices.published;
		case 'planlegg':
			return m.admin.notices.scheduled;
		case 'avpubliser':
			return m.admin.notices.unpublished;
		case 'gjenopprettet':
			return m.admin.notices.restored;
		case 'forkast':
			return m.workflow.notices.discarded;
		case 'planlegg-endring':
			return m.workflow.notices.updateScheduled;
		case 'planlegg-avpublisering':
			return m.workflow.notices.unpublishScheduled;
		case 'avbryt-plan':
			return m.workflow.notices.planCancelled;
		case 'send':
			return m.workflow.notices.submitted;
		case 'sendt-tilbake':
			return m.workflow.notices.sentBack;
		case null:
		case '':
			return null;
		default:
			return m.admin.notices.savedShort;
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

/** The status filter of publishable lists (in the current language: call it, never at module level). */
export function statusOptions() {
	return [
		{ value: '', label: m.admin.status.all },
		{ value: 'published', label: m.admin.status.published },
		{ value: 'draft', label: m.admin.status.draftOrScheduled }
	];
}

/** The confirmation on a list after a delete (?slettet) or a move (?flyttet=…&retning=…). */
export function listNotice(
	data: { deleted?: boolean; moved?: { title: string; direction: string } | null },
	deletedText: string
): string | null {
	if (data.deleted) return deletedText;
	if (data.moved)
		return t(data.moved.direction === 'ned' ? m.admin.notices.movedDown : m.admin.notices.movedUp, {
			title: data.moved.title
		});
	return null;
}
