// Shows an API error (its Vietnamese message) as an antd Alert, with an optional retry button.
import { Alert, Button } from 'antd';
import { errorMessage } from '../lib/api';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** Renders nothing when there is no error. */
export function ErrorAlert({ error, title = 'Không tải được dữ liệu', onRetry }: ErrorAlertProps) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            Thử lại
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
