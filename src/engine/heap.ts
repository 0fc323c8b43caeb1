/**
 * V8's young generation for lint processes and threads.
 *
 * A document's syntax tree and tokens live while every rule runs over them,
 * and the rules allocate quickly meanwhile: with V8's default semi-spaces
 * (16 MB at most) a scavenge comes every few documents and moves the live
 * tree's pages into the old generation, which then fills with dead trees and
 * has to be marked and compacted. 64 MB semi-spaces lint the benchmark corpus
 * 1.25–1.4 times as fast (interleaved runs on two cores); parsing alone is
 * unchanged, and larger ones gain nothing more.
 *
 * The `copydesk` and `copydesk-language-server` commands pass the flag in
 * their `#!` line (`env -S`); worker threads get it as a resource limit.
 */
export const semiSpaceMb = 64

/** The same young generation as a worker's `resourceLimits.maxYoungGenerationSizeMb` (two semi-spaces and the large-object space). */
export const youngGenerationMb = 3 * semiSpaceMb

/** The node flag the commands' `#!` lines carry. */
export const semiSpaceFlag = '--max-semi-space-size=' + semiSpaceMb
