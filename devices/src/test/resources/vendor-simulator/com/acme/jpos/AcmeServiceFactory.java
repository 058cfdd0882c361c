package com.acme.jpos;

import jpos.JposConst;
import jpos.JposException;
import jpos.config.JposEntry;
import jpos.loader.JposServiceInstance;
import jpos.loader.JposServiceInstanceFactory;
import jpos.services.CashDrawerService115;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/** The vendor's service instance factory: finds the service class the way many vendors do, from its own jar. */
public final class AcmeServiceFactory implements JposServiceInstanceFactory {
    @Override
    public JposServiceInstance createInstance(String logicalName, JposEntry entry) throws JposException {
        String serviceClass = (String) entry.getPropertyValue(JposEntry.SERVICE_CLASS_PROP_NAME);
        InvocationHandler service;
        try {
            service = (InvocationHandler) Class.forName(serviceClass).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new JposException(JposConst.JPOS_E_NOSERVICE, "Acme: cannot create " + serviceClass, e);
        }
        return (JposServiceInstance) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {CashDrawerService115.class, JposServiceInstance.class}, service);
    }
}
