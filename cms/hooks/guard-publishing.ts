import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../lib/roles'
import { message } from '../lib/message'

type WriteArgs = { data?: { _status?: string }; draft?: boolean }

/**
 * Authors write drafts; editors and admins publish. Payload's access functions cannot tell a draft
 * save from a publish (the `draft` flag is an operation argument, not part of the data), so the
 * rule lives here, where both are visible. An author may create a draft and save new draft
 * versions; any write that would change what the public sees — publishing, unpublishing, or a
 * direct (non-draft) save over the live document — is refused.
 */
export const guardPublishing: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || hasRole(req.user, 'admin', 'editor')) return args
  const { data, draft } = args as WriteArgs
  const publishes = data?._status === 'published'
  const liveWrite = (operation === 'update' || operation === 'restoreVersion') && draft !== true
  if (operation === 'create' ? publishes : publishes || liveWrite) {
    throw new APIError(
      message(
        req,
        'Tác giả chỉ lưu bản nháp; biên tập viên sẽ duyệt và xuất bản.',
        'Authors save drafts; an editor reviews and publishes them.',
      ),
      403,
      undefined,
      true,
    )
  }
  return args
}
