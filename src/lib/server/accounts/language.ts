/**
 * The language a person reads our mail in (users.lang). They choose it once on /min-side;
 * until they have, each sign-in stores the language they signed in in (/nn/logg-inn → nn).
 */
import { eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from './schema';
import { now } from '../clock';
import type { Actor } from './actor';
import { authorize, can } from './permissions';
import { currentLang, parseLang, type Lang } from '$lib/i18n';

/** The update that follows the sign-in language while the person has never chosen one. */
export function signInLanguage(lang: Lang = currentLang()) {
	return {
		lang: sql<Lang>`case when ${users.langChosenAt} is null then ${lang} else ${users.lang} end`
	};
}

/** The language the person reads our mail in. Only the person themself may read it. */
export async function accountLanguage(actor: Actor, userId: number = actor.id): Promise<Lang> {
	authorize(actor, (a) => can.ownAccount(a, userId), 'konto.sprak.les', userId);
	const [row] = await db.select({ lang: users.lang }).from(users).where(eq(users.id, userId));
	return parseLang(row?.lang) ?? 'nb';
}

/**
 * Stores the person's choice (only the person themself may make it); a value that is not one of
 * our languages changes nothing.
 */
export async function chooseLanguage(
	actor: Actor,
	value: unknown,
	userId: number = actor.id
): Promise<Lang | null> {
	authorize(actor, (a) => can.ownAccount(a, userId), 'konto.sprak.velg', userId);
	const lang = parseLang(value);
	if (!lang) return null;
	const at = now();
	await db.update(users).set({ lang, langChosenAt: at, updatedAt: at }).where(eq(users.id, userId));
	return lang;
}
