/**
 * Demo call: the Vestland chapter's regional programme open for applications (deadline 15 May
 * next year, kick-off gathering in September), with applications in different states. Runs
 * after the programmes' own demo; skips when the regional programme is not there.
 */
import { eq, like } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { countyChapters } from '../geo/schema';
import { now } from '../clock';
import { programmes } from './schema';
import {
	applicationMembers,
	applicationMunicipalities,
	applications,
	programmeCalls
} from './calls-schema';
import { defaultCriteria } from './calls.service';
import { osloAt, osloDate } from '$lib/i18n';

export const DEMO_PROGRAMME_SLUG = 'regionalt-program-vestland-2027';
const DAY = 24 * 60 * 60_000;

/** The call; with `applications` (the default) also the fictional applications to it. */
export async function loadCallsDemo(
	tx: Tx,
	{ applications: withApplications = true }: { applications?: boolean } = {}
) {
	const [programme] = await tx
		.select()
		.from(programmes)
		.where(eq(programmes.slug, DEMO_PROGRAMME_SLUG));
	if (!programme) return;
	const [chapter] = await tx
		.select()
		.from(countyChapters)
		.where(like(countyChapters.name, '%Vestland%'));
	const year = Number(osloDate(now()).slice(0, 4)) + 1;
	const [call] = await tx
		.insert(programmeCalls)
		.values({
			programmeId: programme.id,
			title: `Søk om plass i ${programme.name}`,
			lead: 'Seks kommuner i Vestland får plass i programmet. Oppstartssamlingen er i september.',
			description: `Programmet samler kommunegrupper fra seks medlemskommuner i Vestland over ett år, med fire samlinger og mellomarbeid hjemme. Hver kommune stiller med skoleeier, kulturskoleleder, en pedagogisk medarbeider og noen fra en annen sektor.\n\nSøknadsfristen er 15. mai ${year}. Oppstartssamlingen er i september ${year}.`,
			opensAt: new Date(now().getTime() - 14 * DAY),
			closesAt: osloAt(`${year}-05-15`, '23:59')!,
			places: 6,
			chapterIds: chapter ? [chapter.id] : [],
			criteria: defaultCriteria()
		})
		.returning();

	if (!withApplications) return;
	const group = (nr: string, short: string) =>
		(
			[
				['Siri Skoleeier', 'skoleeier'],
				['Kari Kulturskole', 'kulturskoleleder'],
				['Per Pedagog', 'pedagogisk'],
				['Helga Helse', 'annen_sektor']
			] as const
		).map(([name, role], i) => ({
			name,
			email: `${role.replace('_', '-')}@${short}.kommune.example`,
			groupRole: role,
			municipalityNumber: nr,
			position: i
		}));

	const demo = [
		{ nr: '4647', short: 'sunnfjord', status: 'sendt' as const, days: 5 },
		{ nr: '4640', short: 'sogndal', status: 'utkast' as const, days: 2 },
		{ nr: '4613', short: 'bomlo', status: 'trukket' as const, days: 8 }
	];
	for (const d of demo) {
		const at = new Date(now().getTime() - d.days * DAY);
		const [app] = await tx
			.insert(applications)
			.values({
				callId: call.id,
				status: d.status,
				motivation:
					d.status === 'utkast'
						? 'Vi vil bruke kulturskolen mer i arbeidet med'
						: 'Kulturskolen vil bli en tydeligere ressurs for hele kommunen, særlig for barn og unge som ikke deltar i fritidsaktiviteter i dag.',
				focusArea: d.status === 'utkast' ? '' : 'Inkludering og tilhørighet',
				anchoringPlans: d.status === 'utkast' ? '' : 'Kulturplanen 2024–2030 og oppvekstplanen.',
				anchoringPolitical:
					d.status === 'utkast' ? '' : 'Oppvekstutvalget støtter søknaden (sak 12/25).',
				contactName: 'Kari Kulturskole',
				contactEmail: `kulturskoleleder@${d.short}.kommune.example`,
				submittedAt: d.status === 'utkast' ? null : at,
				withdrawnAt: d.status === 'trukket' ? at : null,
				createdAt: at,
				updatedAt: at
			})
			.returning();
		await tx.insert(applicationMunicipalities).values({
			applicationId: app.id,
			callId: call.id,
			municipalityNumber: d.nr,
			withdrawn: d.status === 'trukket'
		});
		await tx
			.insert(applicationMembers)
			.values(group(d.nr, d.short).map((x) => ({ ...x, applicationId: app.id })));
	}
}
