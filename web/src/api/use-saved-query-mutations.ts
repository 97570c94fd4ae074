// Mutations of the user's saved queries; every success refreshes the library via its factory key.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SavedQueryInput } from '../../../core/api-types.ts';
import { createSavedQuery, deleteSavedQuery, updateSavedQuery } from './endpoints.ts';
import { savedKeys } from './queries.ts';

export function useSavedQueryMutations() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: savedKeys.list() });
  const create = useMutation({ mutationFn: (input: SavedQueryInput) => createSavedQuery(input), onSuccess });
  const update = useMutation({
    mutationFn: ({ name, input }: { name: string; input: SavedQueryInput }) => updateSavedQuery(name, input),
    onSuccess,
  });
  const remove = useMutation({ mutationFn: (name: string) => deleteSavedQuery(name), onSuccess });
  return { create, update, remove };
}
