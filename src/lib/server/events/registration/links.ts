/** Private links: each e-mail with a link gets its own token; the link finds and locks the registration. */
import { and, eq } from 'drizzle-orm';
import { db, type DbOrTx, type Tx } from '../../db/client';
import { events, registrations, registrationTokens } from '../schema';
import { generateToken, hashToken, looksLikeToken } from '../../accounts/tokens';
import { InvalidError, NotFoundError } from '../../errors';
import { now } from '../../clock';
import { manageUrl } from '../mail';
import { lockEvent, waitlistPosition } from './seats';
import { questionsOf } from './target';

/** A fresh private link for a registration (every e-mail with a link gets its own). */
export async function newLink(tx: DbOrTx, registrationId: number): Promise<string> {
	const token = generateToken();
	await tx
		.insert(registrationTokens)
		.values({ hash: hashToken(token), registrationId, createdAt: now() });
	return manageUrl(token);
}

/**
 * Fresh private-link tokens for several registrations in one statement, by registration id
 * (make each link with manageUrl(token) in the recipient's language).
 */
export async function newTokens(
	tx: DbOrTx,
	registrationIds: number[]
): Promise<Map<number, string>> {
	const out = new Map(registrationIds.map((id) => [id, generateToken()]));
	if (out.size === 0) return out;
	const at = now();
	await tx.insert(registrationTokens).values(
		[...out].map(([registrationId, token]) => ({
			hash: hashToken(token),
			registrationId,
			createdAt: at
		}))
	);
	return out;
}

/** Everything the private page shows, or null for a link that does not (or no longer) work. */
export async function registrationByToken(token: string) {
	if (!looksLikeToken(token)) return null;
	const [row] = await db
		.select({ registration: registrations })
		.from(registrationTokens)
		.innerJoin(registrations, eq(registrations.id, registrationTokens.registrationId))
		.where(eq(registrationTokens.hash, hashToken(token)));
	if (!row || row.registration.anonymisedAt) return null;
	const r = row.registration;
	const [ev] = await db.select().from(events).where(eq(events.id, r.eventId));
	if (!ev) return null;
	const questions = await questionsOf(ev.id);
	const position = r.status === 'waitlisted' ? await waitlistPosition(r, undefined, ev) : null;
	return { registration: r, event: ev, questions, position };
}

export const badLink = () => new InvalidError('problems.events.badLink');

/** The event (locked, as every change to seats starts) and the registration the link belongs to. */
export async function lockByToken(tx: Tx, token: string) {
	if (!looksLikeToken(token)) throw badLink();
	const [t] = await tx
		.select({ registrationId: registrationTokens.registrationId })
		.from(registrationTokens)
		.where(eq(registrationTokens.hash, hashToken(token)));
	if (!t) throw badLink();
	const [{ eventId }] = await tx
		.select({ eventId: registrations.eventId })
		.from(registrations)
		.where(eq(registrations.id, t.registrationId));
	const ev = await lockEvent(tx, eventId);
	const [reg] = await tx
		.select()
		.from(registrations)
		.where(eq(registrations.id, t.registrationId))
		.for('update');
	if (!reg || reg.anonymisedAt) throw badLink();
	return { ev, reg };
}

/** Staff act on a registration by id: this event's, locked, and not anonymised. */
export async function lockRegistration(tx: Tx, eventId: number, registrationId: number) {
	const [reg] = await tx
		.select()
		.from(registrations)
		.where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)))
		.for('update');
	if (!reg) throw new NotFoundError('problems.events.registrationNotFound');
	if (reg.anonymisedAt) throw new InvalidError('problems.events.anonymised');
	return reg;
}
