
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'active': `نشط`,
'error.400': `لم يقبل الخادم الطلب (400).`,
'error.401': `لم تسجّل الدخول، أو انتهت صلاحية الجلسة (401).`,
'error.403': `ليس لديك إذن بعرض هذا (403).`,
'error.404': `لم يجد الخادم شيئًا في هذا العنوان (404).`,
'error.429': `طلبات كثيرة جدًا. انتظر لحظة ثم أعد المحاولة (429).`,
'error.5xx': str`حدثت مشكلة في الخادم. أعد المحاولة لاحقًا (${0}).`,
'error.config': str`هذه الأداة غير مُعدّة بشكل صحيح: ${0}.`,
'error.envelope': `أبلغ الخادم عن فشل.`,
'error.http': str`ردّ الخادم بخطأ (${0}).`,
'error.network': `تعذّر الوصول إلى الخادم. تحقّق من الاتصال ثم أعد المحاولة.`,
'error.parse': `أرسل الخادم ردًا تعذّرت قراءته.`,
'error.shape': `أرسل الخادم ردًا بشكل غير متوقع.`,
'error.timeout': `استغرق الخادم وقتًا طويلًا للرد.`,
'inactive': `غير نشط`,
'no': `لا`,
'notVerified': `لم يتم التحقق`,
'orgs.allowedDomains': `نطاقات البريد الإلكتروني المسموح بها`,
'orgs.anyDomain': `لا يوجد`,
'orgs.count.one': str`عدد المؤسسات: ${0}`,
'orgs.count.other': str`عدد المؤسسات: ${0}`,
'orgs.domain': `النطاق`,
'orgs.empty': `لا ينتمي هذا المستخدم إلى أي مؤسسة.`,
'orgs.label': `المؤسسات`,
'orgs.loadFailed': `تعذّر تحميل المؤسسات.`,
'orgs.loading': `جارٍ تحميل المؤسسات…`,
'orgs.noPermissions': `لا توجد صلاحيات`,
'orgs.noRoles': `لا توجد أدوار`,
'orgs.outsideProfiles': `السماح بملفات تعريف من الخارج`,
'orgs.permissionsOf': str`صلاحيات ${0}`,
'orgs.roles': `الأدوار`,
'orgs.unnamed': `مؤسسة بلا اسم`,
'orgs.unnamedRole': `دور بلا اسم`,
'orgs.workspace': `مساحة العمل`,
'retry': `إعادة المحاولة`,
'serverSaid': str`رسالة الخادم: ${0}`,
'showFewer': `عرض أقل`,
'showMore': str`عرض الكل (${0})`,
'ssoUsers.count.one': str`عدد المستخدمين: ${0}`,
'ssoUsers.count.other': str`عدد المستخدمين: ${0}`,
'ssoUsers.created': `تاريخ الإنشاء`,
'ssoUsers.description': `الوصف`,
'ssoUsers.disabled': `معطّل`,
'ssoUsers.email': `البريد الإلكتروني`,
'ssoUsers.empty': `لا يوجد مستخدمو دخول موحّد مطابقون.`,
'ssoUsers.enabled': `مفعّل`,
'ssoUsers.identityProvider': `مزوّد الهوية`,
'ssoUsers.label': `مستخدمو الدخول الموحّد`,
'ssoUsers.loadFailed': `تعذّر تحميل المستخدمين.`,
'ssoUsers.loading': `جارٍ تحميل المستخدمين…`,
'ssoUsers.phone': `الهاتف`,
'ssoUsers.unnamed': `مستخدم بلا اسم`,
'statusUnknown': `الحالة غير معروفة`,
'verified': `تم التحقق`,
'waitingFor': str`في انتظار ${0}.`,
'yes': `نعم`,
    };
  