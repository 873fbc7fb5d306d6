export { createModelRuntime } from './create-model-runtime';
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './runtime-context';
export { priceCall, type CallPrices } from './pricing';
