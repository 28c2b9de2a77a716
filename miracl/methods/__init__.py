"""Related noisy-label methods adapted to multimodal multi-label EHR: BalanceMix, GALC-SLR and Influential Rank."""
