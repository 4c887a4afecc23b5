/** Every domain's tables, for Drizzle's query API and drizzle-kit. */
export * from '../geo/schema';
export * from '../content/schema';
export * from '../fremtidsbilde/schema';
export * from '../accounts/schema';
export * from '../mail/schema';
export * from '../events/schema';
export * from '../events/after-schema';
export * from '../programmes/schema';
export * from '../programmes/calls-schema';
export * from '../search/schema';
