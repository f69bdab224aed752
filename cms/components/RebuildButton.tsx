'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** The "rebuild the site now" button above the list of site builds (editors and admins). */
export function RebuildButton() {
  const router = useRouter()
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function rebuild() {
    setBusy(true)
    const response = await fetch('/api/site-builds/rebuild', {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string }
    setMessage(body.message ?? String(response.status))
    setBusy(false)
    // The queue records the build after its quiet period; refresh so it shows up.
    setTimeout(() => router.refresh(), 5000)
  }

  return (
    <div
      className="gutter--left gutter--right"
      style={{ display: 'flex', gap: '1rem', alignItems: 'center', marginTop: '1rem' }}
    >
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy}
        onClick={rebuild}
      >
        Dựng lại trang ngay / Rebuild the site now
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  )
}
