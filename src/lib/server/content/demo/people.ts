/**
 * Demo people: only the people and organisations named in the sources.
 */
import type { DemoPerson } from './types';

export const people: DemoPerson[] = [
	{
		name: 'Torkel Øien',
		role: 'Prosjektleder, rådgiver i begge organisasjonene',
		organisation: 'KS og Norsk kulturskoleråd',
		email: 'post@kulturskoleradet.no',
		grouping: 'Prosjektledelse'
	},
	{
		name: 'Norsk kulturskoleråd',
		role: 'Prosjekteier',
		organisation: 'Norsk kulturskoleråd',
		email: 'post@kulturskoleradet.no',
		grouping: 'Prosjekteiere'
	},
	{
		name: 'KS – Kommunesektorens organisasjon',
		role: 'Prosjekteier',
		organisation: 'KS',
		email: 'ks@ks.no',
		grouping: 'Prosjekteiere'
	}
];
