package org.warledger.server.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.warledger.server.store.StoreDataSource;

/** The audit side's view of the store. */
@ApplicationScoped
public class AuditBeans {

    @Produces
    @ApplicationScoped
    EventLog eventLog(@StoreDataSource.Store AgroalDataSource dataSource) {
        return new EventLog(dataSource);
    }
}
