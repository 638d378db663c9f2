package org.warledger.server.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The audit side's view of the store. */
@ApplicationScoped
public class AuditBeans {

    @Produces
    @ApplicationScoped
    EventLog eventLog(AgroalDataSource dataSource) {
        return new EventLog(dataSource);
    }
}
