/** The decision-tree engine: pure functions over tree data, the same at build time and in the browser. */
export { parseTree, toRoutes, findCycle, TREE_HELP, type TreeContext, type ParsedTree } from './validate.ts';
export { resolveStep, enumeratePaths, encodeAnswers, decodeAnswers, type Step, type TrailStep, type TreePath } from './resolve.ts';
export { treeGraph, layoutGraph, wrap, type TreeGraph, type Layout, type PlacedNode, type PlacedEdge } from './layout.ts';
export { VERDICTS, VERDICT_IDS, isVerdict, type VerdictId } from './verdicts.ts';
export type { Tree, TreeNode, QuestionNode, OutcomeNode, TreeOption, TreeRoutes, Answers } from './types.ts';
