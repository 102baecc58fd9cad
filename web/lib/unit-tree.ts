// The unit tree (GET /api/units/tree), shared by the units page and every unit picker.
import { queryOptions } from '@tanstack/react-query';
import type { UnitTree, UnitTreeNode } from '../../contracts/units';
import { foldVietnamese } from '../../domain/text';
import { api } from './api';

export interface UnitTreeParams {
  asOf?: string | null;
  includeClosed?: boolean;
}

/** The tree as the user may see it on a date (today by default), closed units optional. */
export function unitTreeQuery(params: UnitTreeParams = {}) {
  const asOf = params.asOf ?? undefined;
  const includeClosed = params.includeClosed ?? false;
  return queryOptions({
    queryKey: ['units', 'tree', { asOf: asOf ?? null, includeClosed }],
    queryFn: ({ signal }) =>
      api<UnitTree>('/api/units/tree', {
        query: { asOf, includeClosed: includeClosed ? 'true' : undefined },
        signal,
      }),
    staleTime: 60_000,
  });
}

/** Every node of the tree, depth first. */
export function flattenTree(nodes: readonly UnitTreeNode[]): UnitTreeNode[] {
  const out: UnitTreeNode[] = [];
  const walk = (list: readonly UnitTreeNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * Keeps the nodes whose name (or code) contains the search ignoring diacritics and case, with their
 * ancestors; returns the filtered tree and the ids to expand.
 */
export function filterTree(
  nodes: readonly UnitTreeNode[],
  search: string,
): { nodes: UnitTreeNode[]; expanded: string[]; matches: number } {
  const needle = foldVietnamese(search);
  if (!needle) return { nodes: [...nodes], expanded: [], matches: 0 };
  const expanded: string[] = [];
  let matches = 0;
  const visit = (list: readonly UnitTreeNode[]): UnitTreeNode[] => {
    const kept: UnitTreeNode[] = [];
    for (const node of list) {
      const children = visit(node.children);
      const hit =
        foldVietnamese(node.name).includes(needle) ||
        (node.shortName ? foldVietnamese(node.shortName).includes(needle) : false) ||
        (node.code ? node.code.toLowerCase().includes(needle) : false);
      if (hit) matches += 1;
      if (hit || children.length) {
        if (children.length) expanded.push(node.id);
        kept.push({ ...node, children });
      }
    }
    return kept;
  };
  return { nodes: visit(nodes), expanded, matches };
}
