export { decideAddress, decideTrustedAddress } from './decide-address';
export { decideUrl, type UrlDecision, type UrlTarget } from './decide-url';
export { FetchTimeoutError, ResponseTooLargeError, SsrfRefusedError, TooManyRedirectsError } from './errors';
export { createGuardedFetch, guardedFetch, type ConnectTarget, type GuardedFetchOptions } from './guarded-fetch';
export { createPolicy, DEFAULT_POLICY, POLICY_DEFAULTS, parseCidr, parseHostRule, type HostRule, type NetPolicy, type NetPolicyInput } from './policy';
export { policyFromEnv } from './policy-from-env';
export { type AddressDecision, type Refusal, type RefusalReason } from './refusal';
export { systemLookup, type Lookup, type ResolvedAddress } from './resolve';
