/** What the participant's private page shows, and their own calendar file. */
import { now } from '../../clock';
import { m } from '$lib/i18n';
import { answerKey } from '$lib/forms/events';
import { manageUrl } from '../mail';
import { downloadIcs } from '../itip';
import { municipalityChoices } from '../municipalities';
import { registrationByToken } from './links';
import { toFormQuestion } from './target';
import { attendanceOf, attendeeView } from '../attendance';
import { optionPlacesOf } from './seats';
import { offeredOptions } from './options';

/** What the participant's private page shows, and the change form's values. */
export async function registrationPage(token: string) {
	const found = await registrationByToken(token);
	if (!found) return null;
	const { registration: r, event: ev, position } = found;
	const questions = found.questions.map(toFormQuestion);
	const seen = attendeeView(ev, attendanceOf(ev, r));
	const municipality = r.municipalityNumber
		? ((await municipalityChoices()).find((c) => c.number === r.municipalityNumber)?.label ?? '')
		: '';
	// The person's options with their status, and what the change form offers.
	const [options, offered] = await Promise.all([optionPlacesOf(r.id), offeredOptions(ev.id)]);
	const values: Record<string, unknown> = {
		name: r.name,
		municipality,
		organisation: r.organisation ?? '',
		role: r.role,
		dietary: r.dietary ?? '',
		dietaryConsent: r.dietaryConsentAt !== null,
		accessibility: r.accessibility ?? '',
		accessibilityConsent: r.accessibilityConsentAt !== null,
		attendance: attendanceOf(ev, r),
		options: options.map((o) => String(o.optionId))
	};
	for (const q of questions)
		values[answerKey(q.id)] = r.answers[String(q.id)] ?? (q.kind === 'multiple' ? [] : '');
	const at = now();
	const active = r.status !== 'cancelled' && ev.status !== 'cancelled';
	return {
		registration: {
			status: r.status,
			name: r.name,
			email: r.email ?? '',
			municipality,
			organisation: r.organisation ?? '',
			role: r.role,
			dietary: r.dietary,
			accessibility: r.accessibility,
			registeredAt: r.registeredAt,
			position,
			answers: questions.map((q) => {
				const a = r.answers[String(q.id)];
				return {
					label: q.label,
					answer: Array.isArray(a)
						? a.join(', ')
						: a === 'ja'
							? m.app.common.yes
							: a === 'nei'
								? m.app.common.no
								: (a ?? '')
				};
			})
		},
		event: {
			slug: ev.slug,
			title: ev.title,
			type: ev.type,
			startsAt: ev.startsAt,
			endsAt: ev.endsAt,
			format: seen.format,
			hybrid: ev.format === 'hybrid',
			venue: ev.venue,
			address: ev.address,
			status: ev.status,
			cancelReason: ev.cancelReason
		},
		// The meeting link only to those with a seat on the net (a hybrid event's room: the address).
		meetingUrl: r.status === 'confirmed' && seen.format === 'digitalt' ? seen.meetingUrl : null,
		attendance: attendanceOf(ev, r),
		questions,
		options,
		offered,
		values,
		canChange: active && at < ev.startsAt,
		canCancel: active && at < ev.endsAt
	};
}

/** The participant's own calendar file (with the meeting link once they have a seat). */
export async function participantCalendar(token: string): Promise<string | null> {
	const found = await registrationByToken(token);
	if (!found) return null;
	return downloadIcs(found.event, found.registration, manageUrl(token));
}
