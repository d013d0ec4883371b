/** Operations on links (arrows) between cards. */
import { addLink as addLinkEdit, deleteLink as deleteLinkEdit } from '../../domain/edits';
import { newId } from '../../domain/ids';
import type { Link } from '../../domain/schema';
import { defineOperation } from '../operation';

/** Links two cards (refused, same map, for a card to itself or a link that exists). */
export const addLink = defineOperation<{
  from: string;
  to: string;
  id?: string;
  kind?: Link['kind'];
}>({
  name: 'links.add',
  permission: 'edit',
  apply: (map, { from, to, id = newId(), kind }) => addLinkEdit(map, { from, to, id, kind }),
});

/** Changes a link's kind or label; typing a label is one undo step. */
export const updateLink = defineOperation<{
  id: string;
  patch: Partial<Pick<Link, 'kind' | 'label'>>;
}>({
  name: 'links.update',
  permission: 'edit',
  coalesce: ({ id, patch }) => `link:${id}:${Object.keys(patch).sort().join(',')}`,
  apply: (map, { id, patch }) => {
    if (!map.links.some((link) => link.id === id)) return map;
    return {
      ...map,
      links: map.links.map((link) => (link.id === id ? { ...link, ...patch } : link)),
    };
  },
});

/** Deletes a link. */
export const deleteLink = defineOperation<{ id: string }>({
  name: 'links.delete',
  permission: 'edit',
  apply: (map, { id }) => deleteLinkEdit(map, id),
});
