/** Helpers for tests of code that runs prompt apps: a scripted model runtime and model targets. */
export { fakeDefinition, fakeTarget, scriptedModels, usageOf, type FakeReply } from './fake-models';
