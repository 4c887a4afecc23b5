/**
 * What each role may do: the one place permission rules live. Routes ask through
 * `access.ts` (by path) and services through these functions (by action and scope).
 *
 * - admin: everything
 * - redaktør: the public content (pages, news, resources, people, FAQ, files)
 * - bidragsyter (contributor): writes pages, news and resources — their own drafts, and
 *   working copies of published items — and sends them to an editor for approval; never
 *   publishes, schedules, unpublishes or deletes
 * - county-chapter leader: their chapter's area (events, regional programmes, municipalities' progress)
 * - koordinator (per municipality): manages the municipality's group and fremtidsbilde
 * - medlem (per municipality): takes part in the municipality's fremtidsbilde
 */
import type { Actor } from './actor';
import { ForbiddenError } from '../errors';
import { log } from '../log';
import type { MessageKey } from '$lib/i18n';

export { ForbiddenError };

export const isAdmin = (a: Actor | null): a is Actor => a?.globalRole === 'admin';
export const isEditor = (a: Actor | null): a is Actor =>
	a?.globalRole === 'admin' || a?.globalRole === 'redaktor';
export const isChapterLeader = (a: Actor | null): a is Actor => (a?.chapterIds.length ?? 0) > 0;
export const isContributor = (a: Actor | null): a is Actor => a?.globalRole === 'bidragsyter';
/** Editors and contributors: those who write the website's pages, news and resources. */
export const isWriter = (a: Actor | null): a is Actor => isEditor(a) || isContributor(a);
/** What a contributor may do with a publishable item: save it and send it for approval. */
const CONTRIBUTOR_INTENTS: readonly string[] = ['lagre', 'send'];
/** Programme staff: anyone who works in the admin area. */
export const isStaff = (a: Actor | null): a is Actor => isEditor(a) || isChapterLeader(a);

export function municipalRoleOf(a: Actor | null, municipalityNumber: string) {
	return a?.memberships.find((m) => m.municipalityNumber === municipalityNumber)?.role ?? null;
}

/** Chapter leaders cover the municipalities of their chapter's counties (the first two digits). */
export function leadsChapterOf(a: Actor | null, municipalityNumber: string): boolean {
	return Boolean(a?.chapterCounties.includes(municipalityNumber.slice(0, 2)));
}

export const can = {
	editContent: isEditor,
	manageUsers: isAdmin,
	readAuditLog: isAdmin,
	readOutbox: isAdmin,
	useAdmin: (a: Actor | null) => isStaff(a) || isContributor(a),
	/** Read and write pages, news and resources (their editors), not necessarily publish. */
	writeContent: isWriter,
	/**
	 * Change one item: editors any; contributors a published item (as a working copy) or a
	 * draft they created themselves (`ownerId`: the author of its first version).
	 */
	changeItem: (a: Actor | null, item: { status: string; ownerId: number | null }) =>
		a?.globalRole === 'admin' ||
		a?.globalRole === 'redaktor' ||
		(a?.globalRole === 'bidragsyter' && (item.status === 'published' || item.ownerId === a.id)),
	/** Take a publishing step (`intent`): editors all; contributors only save and send for approval. */
	publishStep: (a: Actor | null, intent: string) =>
		isEditor(a) || (isContributor(a) && CONTRIBUTOR_INTENTS.includes(intent)),
	/** Approve (publish) or send back what a contributor sent: the editors. */
	reviewContent: isEditor,
	/** Take part in a municipality's work (members and coordinators). */
	participate: (a: Actor | null, kommunenummer: string) =>
		municipalRoleOf(a, kommunenummer) !== null,
	/** Manage the municipality's group and work (coordinators). */
	coordinate: (a: Actor | null, kommunenummer: string) =>
		municipalRoleOf(a, kommunenummer) === 'koordinator',
	/** Manage an event: editors all, chapter leaders their own chapter's events. */
	manageEvent: (a: Actor | null, chapterId: number | null) =>
		(chapterId !== null && Boolean(a?.chapterIds.includes(chapterId))) || isEditor(a),
	/**
	 * Run a programme (its call, review, cohort, between-work): editors all, chapter leaders
	 * the programmes their chapter runs.
	 */
	manageProgramme: (a: Actor | null, chapterIds: number[]) =>
		chapterIds.some((id) => Boolean(a?.chapterIds.includes(id))) || isEditor(a),
	/** Read a municipality's work without taking part (programme staff, the county chapter). */
	oversee: (a: Actor | null, kommunenummer: string) =>
		isAdmin(a) || isEditor(a) || leadsChapterOf(a, kommunenummer),
	/**
	 * Invite someone with a role: administrators any role; a coordinator people into their own
	 * municipality's group.
	 */
	invite: (a: Actor | null, role: { kind: string; municipalityNumber?: string }) =>
		isAdmin(a) ||
		(role.kind === 'kommune' &&
			role.municipalityNumber !== undefined &&
			municipalRoleOf(a, role.municipalityNumber) === 'koordinator'),
	/**
	 * Read the insight across municipalities: programme staff (editors) the whole country
	 * (`chapterId` null) and every chapter; a chapter's leaders that chapter only.
	 */
	viewInsight: (a: Actor | null, chapterId: number | null) =>
		(chapterId !== null && Boolean(a?.chapterIds.includes(chapterId))) || isEditor(a),
	/** See unpublished content (drafts, scheduled items, earlier versions): the editors. */
	previewDrafts: isWriter,
	/** Read and change one's own account settings (language): the person themself only. */
	ownAccount: (a: Actor | null, userId: number) => a !== null && a.id === userId
};

/**
 * The one enforcement step every service that changes or reveals staff-only or member-only
 * data takes first: refuses an absent actor (nobody signed in) or one the rule does not allow
 * by throwing ForbiddenError, and writes a security event to the log (who, what, on what;
 * never a token or a body). `allowed` is a `can.*` answer or a rule asked of the actor.
 *
 *     authorize(actor, can.editContent, 'nyhet.lagre', id);
 *     authorize(actor, (a) => can.manageEvent(a, event.chapterId), 'arrangement.endre', event.id);
 */
export function authorize(
	actor: Actor | null | undefined,
	allowed: boolean | ((a: Actor) => boolean),
	action: string,
	subject?: string | number | null,
	/** What the refused person reads (a catalogue key); a general one when absent. */
	message?: MessageKey
): asserts actor is Actor {
	const ok =
		actor !== null &&
		actor !== undefined &&
		typeof actor.id === 'number' &&
		(typeof allowed === 'function' ? allowed(actor) : allowed);
	if (ok) return;
	log.warn('security: refused', {
		event: 'forbidden',
		action,
		subject: subject ?? null,
		actor: actor?.id ?? 'anonym'
	});
	throw new ForbiddenError(
		actor ? (message ?? 'permissions.forbidden') : 'permissions.signInFirst'
	);
}

/** Another name for `authorize`, for readers who look for it by that name. */
export const requirePermission: typeof authorize = authorize;
