module metallb-console-plugin/election-oracle

go 1.22
