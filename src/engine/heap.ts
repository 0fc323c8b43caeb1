import v8 from 'node:v8'

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
 * (Pretenuring, below, is set when they start: V8 takes it at any time.)
 */
export const semiSpaceMb = 64

/** The same young generation as a worker's `resourceLimits.maxYoungGenerationSizeMb` (two semi-spaces and the large-object space). */
export const youngGenerationMb = 3 * semiSpaceMb

/**
 * The node flags the commands' `#!` lines carry: semi-spaces of that size from
 * the start, not grown to it. A cold run parses the names index (some 4 MB of
 * JSON) and fills its maps before the first document; with semi-spaces that
 * start small, the scavenger copies that data twice on its way to the old
 * generation (a third of the index's set-up time). Starting at full size
 * loads the names in 38–42 ms instead of 58–73 (interleaved runs, two
 * cores), for about 29 MB more resident memory; lint throughput is the same.
 */
export const semiSpaceFlags = ['--min-semi-space-size=' + semiSpaceMb, '--max-semi-space-size=' + semiSpaceMb]

/** The same, as the `#!` line writes them. */
export const semiSpaceFlag = semiSpaceFlags.join(' ')

/**
 * V8 allocates objects straight into the old generation from the places in
 * the code whose objects it has seen survive (allocation-site pretenuring).
 * A lint process fills its word caches and loads its dictionaries while
 * documents are in hand, so V8 comes to place per-document objects (tokens,
 * tree nodes, rule temporaries) in the old generation too: there they die,
 * each scavenge has more old-to-young references to scan (7–12 ms instead of
 * about 1 ms on the benchmark corpus of the day it was found) and the old
 * generation fills with dead documents; without pretenuring that corpus
 * linted up to 1.8 times as fast. Which sites V8 tenures depends on what a
 * process meets first, so this is a guard rather than a constant gain; a cold
 * run is unchanged.
 */
export const pretenuringFlag = '--no-allocation-site-pretenuring'

/** Every node flag a lint process runs with: the commands' own, and the benchmark's for every pipeline. */
export const commandFlags = [...semiSpaceFlags, pretenuringFlag]

/**
 * Turn pretenuring off in this process (the `copydesk` and language-server
 * commands, whose process is theirs; worker threads share it). The API leaves
 * the flags of a host process alone: run node with `--no-allocation-site-pretenuring`
 * to get the same.
 */
export function lintProcessFlags(): void {
  v8.setFlagsFromString(pretenuringFlag)
}
