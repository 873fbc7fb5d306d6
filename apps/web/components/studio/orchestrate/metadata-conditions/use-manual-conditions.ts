'use client';

import { useState } from 'react';
import { conditionError, draftFromSaved, type SavedConditions, toSavedConditions } from '@/lib/studio/metadata-conditions';
import { useMetadataFields } from './use-metadata-fields';

/**
 * The manual conditions being edited in the retrieval settings, with the fields they may name.
 * `check` turns the errors on and says whether the conditions may be saved.
 */
export function useManualConditions(saved: unknown, datasetIds: readonly string[], manual: boolean) {
  const [draft] = useState(() => draftFromSaved(saved));
  const [logical, setLogical] = useState(draft.logical_operator);
  const [conditions, setConditions] = useState(draft.conditions);
  const [showErrors, setShowErrors] = useState(false);
  const { fields, loading } = useMetadataFields(datasetIds, manual);

  const check = () => {
    setShowErrors(true);
    return !loading && conditions.every((condition) => conditionError(condition, fields) === null);
  };
  const toSave = (): SavedConditions => toSavedConditions(logical, conditions, fields);

  return {
    editor: { logical, conditions, fields, loading, showErrors, onLogicalChange: setLogical, onConditionsChange: setConditions },
    check,
    toSave,
  };
}
