import {
  ShoppingCartOutline, CrownOutline, FileTextOutline, PieChartOutline, AccountBookOutline, GiftOutline, BellOutline, ClockCircleOutline, DollarOutline, RollbackOutline, StopOutline, PauseCircleOutline, PlayCircleOutline, FileDoneOutline,
  CalendarOutline, DownloadOutline, CreditCardOutline, UploadOutline, WarningOutline,
  ApiOutline, AppstoreOutline, ArrowLeftOutline, CheckOutline, EditOutline, AuditOutline, BankOutline, CheckCircleTwoTone, ClusterOutline, CopyOutline, DashboardOutline,
  DeleteOutline, DownOutline, LockOutline, LogoutOutline, MailOutline, MenuFoldOutline, MenuUnfoldOutline, MinusCircleOutline,
  MoreOutline, PlusOutline, ProfileOutline, ReadOutline, ReloadOutline, SafetyCertificateOutline, ScheduleOutline, SearchOutline,
  ShopOutline, TeamOutline, ThunderboltTwoTone, UnorderedListOutline, UserAddOutline,
} from '@ant-design/icons-angular/icons';

/** Icons are bundled, never fetched at run time; add one here when a template uses it. */
export const APP_ICONS = [
  ShoppingCartOutline, CrownOutline, FileTextOutline, PieChartOutline, AccountBookOutline, GiftOutline, BellOutline, ClockCircleOutline, DollarOutline, RollbackOutline, StopOutline, PauseCircleOutline, PlayCircleOutline, FileDoneOutline,
  CalendarOutline, DownloadOutline, CreditCardOutline, UploadOutline, WarningOutline,
  ApiOutline, AppstoreOutline, ArrowLeftOutline, CheckOutline, EditOutline, AuditOutline, BankOutline, CheckCircleTwoTone, ClusterOutline, CopyOutline, DashboardOutline,
  DeleteOutline, DownOutline, LockOutline, LogoutOutline, MailOutline, MenuFoldOutline, MenuUnfoldOutline, MinusCircleOutline,
  MoreOutline, PlusOutline, ProfileOutline, ReadOutline, ReloadOutline, SafetyCertificateOutline, ScheduleOutline, SearchOutline,
  ShopOutline, TeamOutline, ThunderboltTwoTone, UnorderedListOutline, UserAddOutline,
];
