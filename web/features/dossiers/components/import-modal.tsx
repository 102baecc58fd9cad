// Importing a dossier's nominees from Excel: the dossier's template, the upload, and either the count imported
// or every bad row with its number (nothing is imported while one row is wrong).
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { DossierView } from '../../../../contracts/dossiers';
import type { ImportRowError } from '../../../../contracts/people';
import { DataTable } from '../../../components/data-table';
import { ApiError, errorMessage } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import { templateUrl, useImportNominees } from '../api/dossiers-api';

function rowErrors(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiError)) return null;
  const rows = (error.body as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as ImportRowError[]) : null;
}

export function ImportModal({ dossier, onClose }: { dossier: DossierView; onClose: () => void }) {
  const importer = useImportNominees(dossier.id);
  const [fileName, setFileName] = useState<string | null>(null);
  const rows = importer.error ? rowErrors(importer.error) : null;
  return (
    <Modal
      open
      title="Nhập danh sách đề nghị từ Excel"
      footer={null}
      onCancel={onClose}
      width={820}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Text>
          Tệp mẫu của hồ sơ {dossier.code} có sẵn các cột, danh sách danh hiệu, hình thức thuộc thẩm quyền{' '}
          {dossier.authorityLabel} và các tập thể của {dossier.proposingUnit.name}. Cá nhân được nhận ra theo
          số CCCD (hoặc mã cá nhân); nếu có dòng sai, hệ thống không nhập dòng nào và liệt kê lỗi theo số
          dòng.
        </Typography.Text>
        <Button
          icon={<DownloadOutlined />}
          href={templateUrl(dossier.id)}
          download
          style={{ alignSelf: 'flex-start' }}
        >
          Tải tệp Excel mẫu
        </Button>
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={importer.isPending}
          beforeUpload={(file) => {
            setFileName(file.name);
            importer.mutate(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {importer.isPending ? 'Đang kiểm tra và nhập…' : 'Bấm hoặc kéo tệp Excel (.xlsx) vào đây'}
          </p>
        </Upload.Dragger>
        {importer.isSuccess ? (
          <Alert
            type="success"
            showIcon
            title={`Đã nhập ${formatNumber(importer.data.imported)} người được đề nghị từ tệp ${fileName ?? ''}.`}
            action={<Button onClick={onClose}>Đóng</Button>}
          />
        ) : null}
        {importer.isError ? (
          <Alert
            type="error"
            showIcon
            title={`Chưa nhập dòng nào từ tệp ${fileName ?? ''}.`}
            description={rows ? 'Sửa các lỗi dưới đây rồi tải tệp lên lại.' : errorMessage(importer.error)}
          />
        ) : null}
        {rows ? (
          <DataTable<ImportRowError>
            rowKey={(e) => `${e.row}-${e.field}`}
            dataSource={rows}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 70 },
              { title: 'Cột', key: 'column', width: 200, render: (_, e) => e.column ?? e.field },
              { title: 'Lỗi', dataIndex: 'message' },
            ]}
          />
        ) : null}
      </Flex>
    </Modal>
  );
}
