/** The signed-in person with everything their permissions depend on. */
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { chapterLeaders, municipalityMembers, type municipalRole } from './schema';
import type { UserRow } from './sessions';
import { countyChapterCounties } from '../geo/schema';

export type MunicipalRole = (typeof municipalRole.enumValues)[number];

export interface Actor {
	id: number;
	name: string;
	email: string;
	organisation: string;
	globalRole: 'admin' | 'redaktor' | 'bidragsyter' | null;
	/** County chapters this person leads, and the counties they cover. */
	chapterIds: number[];
	chapterCounties: string[];
	/** Municipal groups this person belongs to. */
	memberships: { municipalityNumber: string; role: MunicipalRole }[];
}

export async function loadActor(user: UserRow): Promise<Actor> {
	const [chapters, memberships] = await Promise.all([
		db
			.select({ chapterId: chapterLeaders.chapterId, county: countyChapterCounties.countyNumber })
			.from(chapterLeaders)
			.leftJoin(
				countyChapterCounties,
				eq(countyChapterCounties.chapterId, chapterLeaders.chapterId)
			)
			.where(eq(chapterLeaders.userId, user.id)),
		db
			.select({
				municipalityNumber: municipalityMembers.municipalityNumber,
				role: municipalityMembers.role
			})
			.from(municipalityMembers)
			.where(eq(municipalityMembers.userId, user.id))
	]);
	return {
		id: user.id,
		name: user.name,
		email: user.email,
		organisation: user.organisation,
		globalRole: user.globalRole,
		chapterIds: [...new Set(chapters.map((c) => c.chapterId))],
		chapterCounties: [
			...new Set(chapters.map((c) => c.county).filter((c): c is string => c !== null))
		],
		memberships
	};
}
