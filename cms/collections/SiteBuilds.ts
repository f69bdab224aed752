import type { CollectionConfig, PayloadHandler } from 'payload'

import { admins } from '../access/admins'
import { editors } from '../access/editors'
import { nobody } from '../access/nobody'
import { ADMIN_GROUPS } from '../lib/admin-groups'
import { hasRole } from '../lib/roles'
import { label } from '../lib/label'
import { RebuildQueue, rebuildQueue } from '../site-builds/rebuild-queue'

/** `POST /api/site-builds/rebuild`: an editor asks for a rebuild by hand (the admin's button). */
const rebuildByHand: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin', 'editor')) {
    return Response.json({ message: 'Editors and admins only.' }, { status: 403 })
  }
  if (!RebuildQueue.enabled()) {
    return Response.json(
      { message: 'This CMS does not build the site (set SITE_DIR or REBUILD_WEBHOOK_URL).' },
      { status: 409 },
    )
  }
  rebuildQueue(req.payload).request({
    collection: 'site-builds',
    id: 'manual',
    operation: 'manual',
    user: { id: req.user!.id, email: req.user!.email },
  })
  return Response.json({ message: 'Rebuild queued.' }, { status: 202 })
}

/**
 * The public site's builds, written by the publishing queue (cms/site-builds/): what triggered
 * each, who, when, how long it took, whether it succeeded and the end of its log. Editors follow
 * them here and can ask for a rebuild; nobody edits them by hand.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: {
    singular: label('Lần dựng trang', 'Site build'),
    plural: label('Dựng trang công khai', 'Site builds'),
  },
  admin: {
    group: ADMIN_GROUPS.administration,
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'trigger', 'summary', 'requestedBy', 'status', 'durationMs'],
    components: { beforeList: ['/components/RebuildButton#RebuildButton'] },
  },
  access: {
    // Builds are recorded by the queue itself (overrideAccess); people read them, and ask for a
    // rebuild with the button (POST /api/site-builds/rebuild), not by creating records.
    create: nobody,
    read: editors,
    update: admins,
    delete: admins,
  },
  defaultSort: '-createdAt',
  endpoints: [{ path: '/rebuild', method: 'post', handler: rebuildByHand }],
  fields: [
    {
      name: 'trigger',
      type: 'select',
      required: true,
      label: label('Nguyên nhân', 'Trigger'),
      options: [
        { value: 'publish', label: label('Công bố', 'Publish') },
        { value: 'update', label: label('Sửa nội dung đã công bố', 'Published change') },
        { value: 'unpublish', label: label('Gỡ công bố', 'Unpublish') },
        { value: 'delete', label: label('Xóa', 'Delete') },
        { value: 'schedule', label: label('Theo lịch', 'Scheduled') },
        { value: 'manual', label: label('Yêu cầu thủ công', 'By hand') },
      ],
    },
    { name: 'summary', type: 'text', label: label('Thay đổi', 'Changes') },
    { name: 'changes', type: 'number', label: label('Số thay đổi', 'Number of changes') },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người yêu cầu', 'Requested by'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      label: label('Trạng thái', 'Status'),
      options: [
        { value: 'running', label: label('Đang dựng', 'Running') },
        { value: 'succeeded', label: label('Thành công', 'Succeeded') },
        { value: 'failed', label: label('Thất bại', 'Failed') },
      ],
    },
    { name: 'startedAt', type: 'date', label: label('Bắt đầu', 'Started') },
    { name: 'finishedAt', type: 'date', label: label('Kết thúc', 'Finished') },
    { name: 'durationMs', type: 'number', label: label('Thời gian (ms)', 'Duration (ms)') },
    { name: 'folder', type: 'text', label: label('Thư mục', 'Folder') },
    { name: 'log', type: 'textarea', label: label('Nhật ký (cuối)', 'Log (tail)') },
  ],
}
