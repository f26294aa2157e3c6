import { useActions, useApp } from '../shared/store-context';

/** Dismissible notices: what a link or a file asked for that the app had to ignore. */
export function NoticeList() {
  const notices = useApp((state) => state.notices);
  const { dismissNotice } = useActions();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <section
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          aria-label={notice.title}
        >
          <div>
            <strong>{notice.title}</strong>
            {notice.details.length > 0 ? (
              <ul>
                {notice.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label={`Dismiss: ${notice.title}`}
            onClick={() => dismissNotice(notice.id)}
          >
            ×
          </button>
        </section>
      ))}
    </div>
  );
}
