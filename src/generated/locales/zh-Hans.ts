
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'active': `已激活`,
'error.400': `服务器未接受该请求（400）。`,
'error.401': `您尚未登录，或会话已过期（401）。`,
'error.403': `您无权查看此内容（403）。`,
'error.404': `服务器在此地址未找到任何内容（404）。`,
'error.429': `请求过多。请稍候再试（429）。`,
'error.5xx': str`服务器出现问题。请稍后再试（${0}）。`,
'error.config': str`此组件配置不正确：${0}。`,
'error.envelope': `服务器报告了一个错误。`,
'error.http': str`服务器返回了错误（${0}）。`,
'error.network': `无法连接到服务器。请检查网络连接后重试。`,
'error.parse': `服务器返回的内容无法读取。`,
'error.shape': `服务器返回的内容格式不符合预期。`,
'error.timeout': `服务器响应超时。`,
'inactive': `未激活`,
'no': `否`,
'notVerified': `未验证`,
'orgs.allowedDomains': `允许的电子邮件域名`,
'orgs.anyDomain': `未列出`,
'orgs.count.one': str`${0} 个组织`,
'orgs.count.other': str`${0} 个组织`,
'orgs.domain': `域名`,
'orgs.empty': `此用户不属于任何组织。`,
'orgs.label': `组织`,
'orgs.loadFailed': `无法加载组织。`,
'orgs.loading': `正在加载组织…`,
'orgs.noPermissions': `无权限`,
'orgs.noRoles': `无角色`,
'orgs.outsideProfiles': `允许外部用户资料`,
'orgs.permissionsOf': str`${0} 的权限`,
'orgs.roles': `角色`,
'orgs.unnamed': `未命名组织`,
'orgs.unnamedRole': `未命名角色`,
'orgs.workspace': `工作区`,
'retry': `重试`,
'serverSaid': str`服务器消息：${0}`,
'showFewer': `收起`,
'showMore': str`显示全部 ${0} 项`,
'ssoUsers.count.one': str`${0} 位用户`,
'ssoUsers.count.other': str`${0} 位用户`,
'ssoUsers.created': `创建时间`,
'ssoUsers.description': `描述`,
'ssoUsers.disabled': `已禁用`,
'ssoUsers.email': `电子邮件`,
'ssoUsers.empty': `没有匹配的 SSO 用户。`,
'ssoUsers.enabled': `已启用`,
'ssoUsers.identityProvider': `身份提供商`,
'ssoUsers.label': `SSO 用户`,
'ssoUsers.loadFailed': `无法加载用户。`,
'ssoUsers.loading': `正在加载用户…`,
'ssoUsers.phone': `电话`,
'ssoUsers.unnamed': `未命名用户`,
'statusUnknown': `状态未知`,
'verified': `已验证`,
'waitingFor': str`正在等待 ${0}。`,
'yes': `是`,
    };
  