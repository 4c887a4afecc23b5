/** The details a person gives when registering, checked against the event's rules and questions. */
import { FieldError } from '../../errors';
import { now } from '../../clock';
import type { Answers } from '../schema';
import type { EventRow } from '../mail';
import { ambiguousMunicipality, findMunicipality } from '../municipalities';
import { accessibilityColumns } from '../accessibility';
import { attendanceOf } from '../attendance';
import {
	ATTENDANCES,
	PARTICIPANT_ROLES,
	type Attendance,
	answerKey,
	answerProblem,
	answerSchema,
	type FormQuestion
} from '$lib/forms/events';

export interface RegistrationDetails {
	name: string;
	municipality: string;
	organisation: string;
	role: string;
	dietary: string;
	dietaryConsent: boolean;
	/** Hybrid events: 'fysisk' (in the room) or 'digitalt'; other events attend as their format. */
	attendance?: string;
	accessibility?: string;
	accessibilityConsent?: boolean;
	/** The options ticked (form values: the options' ids); undefined: leave them as they are. */
	options?: unknown;
	/** Raw answers by form field (q<id>). */
	answers: Record<string, unknown>;
}
export interface RegistrationData extends RegistrationDetails {
	email: string;
}

/** Checks the details against the event's rules and questions; the columns to store. */
export async function checkDetails(
	ev: EventRow,
	questions: FormQuestion[],
	d: RegistrationDetails
) {
	const name = d.name.trim();
	if (!name) throw new FieldError('name', 'problems.events.nameMissing');
	if (!(PARTICIPANT_ROLES as readonly string[]).includes(d.role))
		throw new FieldError('role', 'problems.events.roleMissing');
	let municipalityNumber: string | null = null;
	let countyNumber: string | null = null;
	if (d.municipality.trim()) {
		const match = await findMunicipality(d.municipality);
		if (match.kind === 'unknown')
			throw new FieldError('municipality', 'problems.events.municipalityUnknown', {
				name: d.municipality.trim()
			});
		if (match.kind === 'ambiguous') {
			const { key, values } = ambiguousMunicipality(match.choices);
			throw new FieldError('municipality', key, values);
		}
		municipalityNumber = match.choice.number;
		countyNumber = match.choice.number.slice(0, 2);
	}
	const organisation = d.organisation.trim() || null;
	if (!municipalityNumber && !organisation)
		throw new FieldError('municipality', 'problems.events.placeMissing');
	const answers: Answers = {};
	for (const q of questions) {
		const key = answerKey(q.id);
		const parsed = answerSchema(q).safeParse(d.answers[key]);
		if (!parsed.success) {
			const { key: said, values } = answerProblem(q, parsed.error.issues[0]);
			throw new FieldError(key, said, values);
		}
		const v = Array.isArray(parsed.data) ? [...new Set(parsed.data)] : parsed.data;
		if (Array.isArray(v) ? v.length > 0 : v !== '') answers[String(q.id)] = v;
	}
	let attendance: Attendance = attendanceOf(ev, null);
	if (ev.format === 'hybrid') {
		if (!(ATTENDANCES as readonly string[]).includes(d.attendance ?? ''))
			throw new FieldError('attendance', 'problems.events.attendanceMissing');
		attendance = d.attendance as Attendance;
	}
	// Dietary needs: those in the room only, and only with explicit consent.
	const dietary = attendance === 'fysisk' ? d.dietary.trim().slice(0, 500) : '';
	if (dietary && !d.dietaryConsent)
		throw new FieldError('dietaryConsent', 'problems.events.dietaryConsent');
	return {
		name: name.slice(0, 120),
		municipalityNumber,
		countyNumber,
		organisation,
		role: d.role,
		attendance,
		answers,
		dietary: dietary || null,
		dietaryConsentAt: dietary ? now() : null,
		...accessibilityColumns(d)
	};
}

/** The columns `checkDetails` gives, ready to store. */
export type Details = Awaited<ReturnType<typeof checkDetails>>;
