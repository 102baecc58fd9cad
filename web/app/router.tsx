// Routes: the sign-in page, then the signed-in layout with lazily loaded pages (one chunk per page).
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { RouteErrorPage } from './error-boundary';
import { AppLayout } from './layouts/app-layout';
import { RequireAuth, RequireModule } from './layouts/guards';

const LoginPage = lazy(() => import('./routes/login'));
const UnitsPage = lazy(() => import('./routes/units'));
const PeopleListPage = lazy(() => import('./routes/people-list'));
const PersonPage = lazy(() => import('./routes/person'));
const PeopleImportPage = lazy(() => import('./routes/people-import'));
const UsersPage = lazy(() => import('./routes/users'));
const AuditPage = lazy(() => import('./routes/audit'));
const WhatIfPage = lazy(() => import('./routes/what-if'));
const CatalogPage = lazy(() => import('./routes/catalog'));
const InspectionsPage = lazy(() => import('./routes/inspections'));
const ReportsPage = lazy(() => import('./routes/reports'));
const ReportPage = lazy(() => import('./routes/report'));
const InspectionPlanPage = lazy(() => import('./routes/inspection-plan'));
const ModelsPage = lazy(() => import('./routes/models'));
const ModelPage = lazy(() => import('./routes/model'));
const PublicModelsPage = lazy(() => import('./routes/public-models'));
const CertificatesPage = lazy(() => import('./routes/certificates'));
const CertificateLayoutPage = lazy(() => import('./routes/certificate-layout'));
const VerifyPage = lazy(() => import('./routes/verify'));
const MovementsPage = lazy(() => import('./routes/movements'));
const MovementPage = lazy(() => import('./routes/movement'));
const DocumentsPage = lazy(() => import('./routes/documents'));
const DocumentPage = lazy(() => import('./routes/document'));
const DecisionsPage = lazy(() => import('./routes/decisions'));
const DecisionPage = lazy(() => import('./routes/decision'));
const DecisionNewPage = lazy(() => import('./routes/decision-new'));
const DecisionExternalPage = lazy(() => import('./routes/decision-external'));
const DecisionRegistersPage = lazy(() => import('./routes/decision-registers'));
const RegistrationsPage = lazy(() => import('./routes/registrations'));
const RegistrationPage = lazy(() => import('./routes/registration'));
const ClustersPage = lazy(() => import('./routes/clusters'));
const ClusterPage = lazy(() => import('./routes/cluster'));
const DossiersPage = lazy(() => import('./routes/dossiers'));
const DossierPage = lazy(() => import('./routes/dossier'));
const InboxPage = lazy(() => import('./routes/inbox'));
const CouncilsPage = lazy(() => import('./routes/councils'));
const CouncilPage = lazy(() => import('./routes/council'));
const CouncilMeetingPage = lazy(() => import('./routes/council-meeting'));
const DisclosuresPage = lazy(() => import('./routes/disclosures'));
const DisclosurePage = lazy(() => import('./routes/disclosure'));
const PublicDisclosurePage = lazy(() => import('./routes/public-disclosure'));
const ReportRequestsPage = lazy(() => import('./routes/report-requests'));
const StatisticsPage = lazy(() => import('./routes/statistics'));
const ReportRequestPage = lazy(() => import('./routes/report-request'));
const DashboardPage = lazy(() => import('./routes/dashboard'));
const NotFoundPage = lazy(() => import('./routes/not-found'));

export const router = createBrowserRouter([
  {
    path: '/dang-nhap',
    element: (
      <Suspense fallback={<PageSpinner full />}>
        <LoginPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    // The public page of exemplary models: no sign-in.
    path: '/dien-hinh/:id?',
    element: (
      <Suspense fallback={<PageSpinner full />}>
        <PublicModelsPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    // The public disclosure of nominees for comment (công khai lấy ý kiến): no sign-in.
    path: '/cong-khai/:id?',
    element: (
      <Suspense fallback={<PageSpinner full />}>
        <PublicDisclosurePage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    // The public verification of an award (the QR code of a certificate): no sign-in.
    path: '/xac-thuc/:code?',
    element: (
      <Suspense fallback={<PageSpinner full />}>
        <VerifyPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/don-vi" replace /> },
      { path: 'tong-quan', element: <RequireModule module="dashboard" page={<DashboardPage />} /> },
      { path: 'don-vi', element: <RequireModule module="units" page={<UnitsPage />} /> },
      { path: 'ca-nhan', element: <RequireModule module="people" page={<PeopleListPage />} /> },
      {
        path: 'ca-nhan/nhap-excel',
        element: <RequireModule module="people" page={<PeopleImportPage />} />,
      },
      { path: 'ca-nhan/:id', element: <RequireModule module="people" page={<PersonPage />} /> },
      { path: 'quan-tri/tai-khoan', element: <RequireModule module="users" page={<UsersPage />} /> },
      { path: 'quan-tri/nhat-ky', element: <RequireModule module="audit" page={<AuditPage />} /> },
      { path: 'xet-dieu-kien', element: <RequireModule module="eligibility" page={<WhatIfPage />} /> },
      { path: 'quan-tri/danh-muc', element: <RequireModule module="catalog" page={<CatalogPage />} /> },
      { path: 'kiem-tra', element: <RequireModule module="inspections" page={<InspectionsPage />} /> },
      { path: 'kiem-tra/:id', element: <RequireModule module="inspections" page={<InspectionPlanPage />} /> },
      { path: 'bao-cao', element: <RequireModule module="reports" page={<ReportsPage />} /> },
      { path: 'bao-cao/:id', element: <RequireModule module="reports" page={<ReportPage />} /> },
      { path: 'bao-cao/yeu-cau', element: <RequireModule module="reports" page={<ReportRequestsPage />} /> },
      {
        path: 'bao-cao/bieu-mau-thong-ke',
        element: <RequireModule module="reports" page={<StatisticsPage />} />,
      },
      {
        path: 'bao-cao/yeu-cau/:id',
        element: <RequireModule module="reports" page={<ReportRequestPage />} />,
      },
      { path: 'dien-hinh-tien-tien', element: <RequireModule module="models" page={<ModelsPage />} /> },
      { path: 'dien-hinh-tien-tien/:id', element: <RequireModule module="models" page={<ModelPage />} /> },
      { path: 'giay-khen', element: <RequireModule module="certificates" page={<CertificatesPage />} /> },
      {
        path: 'giay-khen/mau/:id',
        element: <RequireModule module="certificates" page={<CertificateLayoutPage />} />,
      },
      { path: 'phong-trao', element: <RequireModule module="movements" page={<MovementsPage />} /> },
      { path: 'phong-trao/:id', element: <RequireModule module="movements" page={<MovementPage />} /> },
      { path: 'van-ban', element: <RequireModule module="documents" page={<DocumentsPage />} /> },
      { path: 'van-ban/:id', element: <RequireModule module="documents" page={<DocumentPage />} /> },
      { path: 'quyet-dinh', element: <RequireModule module="decisions" page={<DecisionsPage />} /> },
      {
        path: 'quyet-dinh/lap-moi',
        element: <RequireModule module="decisions" page={<DecisionNewPage />} />,
      },
      {
        path: 'quyet-dinh/ghi-nhan',
        element: <RequireModule module="decisions" page={<DecisionExternalPage />} />,
      },
      {
        path: 'quyet-dinh/so',
        element: <RequireModule module="decisions" page={<DecisionRegistersPage />} />,
      },
      { path: 'quyet-dinh/:id', element: <RequireModule module="decisions" page={<DecisionPage />} /> },
      { path: 'dang-ky', element: <RequireModule module="registrations" page={<RegistrationsPage />} /> },
      { path: 'dang-ky/:id', element: <RequireModule module="registrations" page={<RegistrationPage />} /> },
      { path: 'cum-khoi', element: <RequireModule module="groups" page={<ClustersPage />} /> },
      { path: 'cum-khoi/:id', element: <RequireModule module="groups" page={<ClusterPage />} /> },
      { path: 'viec-can-xu-ly', element: <RequireModule module="inbox" page={<InboxPage />} /> },
      { path: 'ho-so', element: <RequireModule module="dossiers" page={<DossiersPage />} /> },
      { path: 'ho-so/:id', element: <RequireModule module="dossiers" page={<DossierPage />} /> },
      { path: 'hoi-dong', element: <RequireModule module="councils" page={<CouncilsPage />} /> },
      { path: 'hoi-dong/:id', element: <RequireModule module="councils" page={<CouncilPage />} /> },
      {
        path: 'hoi-dong/phien-hop/:id',
        element: <RequireModule module="councils" page={<CouncilMeetingPage />} />,
      },
      {
        path: 'cong-khai-lay-y-kien',
        element: <RequireModule module="disclosures" page={<DisclosuresPage />} />,
      },
      {
        path: 'cong-khai-lay-y-kien/:id',
        element: <RequireModule module="disclosures" page={<DisclosurePage />} />,
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
