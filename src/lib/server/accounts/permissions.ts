/**
 * What each role may do: the one place permission rules live. Routes ask through
 * `access.ts` (by path) and services through these functions (by action and scope).
 *
 * - admin: everything
 * - redaktør: the public content (pages, news, resources, people, FAQ, files)
 * - county-chapter leader: their chapter's area (events, regional programmes, municipalities' progress)
 * - koordinator (per municipality): manages the municipality's group and fremtidsbilde
 * - medlem (per municipality): takes part in the municipality's fremtidsbilde
 */
import type { Actor } from './actor';

export const isAdmin = (a: Actor | null): a is Actor => a?.globalRole === 'admin';
export const isEditor = (a: Actor | null): a is Actor =>
	a?.globalRole === 'admin' || a?.globalRole === 'redaktor';
export const isChapterLeader = (a: Actor | null): a is Actor => (a?.chapterIds.length ?? 0) > 0;
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
	useAdmin: isStaff,
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
		isAdmin(a) || isEditor(a) || leadsChapterOf(a, kommunenummer)
};
